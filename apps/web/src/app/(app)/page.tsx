import { currentUser } from "@kelias/auth";
import { redirect } from "next/navigation";
import { homeFor } from "@/components/shell/navigation";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? homeFor(user) : "/signin");
}

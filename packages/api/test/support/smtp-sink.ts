import { createServer, type Server } from "node:net";

/**
 * A mail server that accepts every message and keeps it: just enough SMTP (RFC 5321) for nodemailer
 * to deliver, so a test sees what would have gone out without a real server.
 */
export interface SmtpSink {
  url: string;
  messages: string[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: string[] = [];
  const server: Server = createServer((socket) => {
    let buffer = "";
    let data: string[] | null = null;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 sink ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let end = buffer.indexOf("\r\n");
      while (end >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === ".") {
            messages.push(data.join("\n"));
            data = null;
            reply("250 queued");
          } else data.push(line.startsWith("..") ? line.slice(1) : line);
        } else {
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === "EHLO" || verb === "HELO") reply("250 sink");
          else if (verb === "DATA") {
            data = [];
            reply("354 go ahead");
          } else if (verb === "QUIT") {
            reply("221 bye");
            socket.end();
          } else reply("250 ok");
        }
        end = buffer.indexOf("\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the sink has no port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

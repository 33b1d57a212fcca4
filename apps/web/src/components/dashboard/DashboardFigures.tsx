import { AvrrReturns } from "./figures/AvrrReturns";
import { Caseload } from "./figures/Caseload";
import { ContractChecks } from "./figures/ContractChecks";
import { CounterTraffickingStages } from "./figures/CounterTraffickingStages";
import { type Figures, figureHelpers } from "./figures/figure-helpers";
import { OpenByState } from "./figures/OpenByState";
import { PerMonth } from "./figures/PerMonth";
import { SocialAssistanceServices } from "./figures/SocialAssistanceServices";

interface Props {
  figures: Figures;
  locale: string;
}

/** Every figure of the dashboard, each with its chart or table and links to the cases it counts. */
export async function DashboardFigures({ figures, locale }: Props) {
  const helpers = await figureHelpers(figures, locale);
  return (
    <>
      <OpenByState figures={figures} helpers={helpers} />
      <PerMonth figures={figures} helpers={helpers} />
      <Caseload figures={figures} helpers={helpers} />
      <AvrrReturns figures={figures} helpers={helpers} />
      <CounterTraffickingStages figures={figures} helpers={helpers} />
      <SocialAssistanceServices figures={figures} helpers={helpers} />
      <ContractChecks figures={figures} helpers={helpers} />
    </>
  );
}

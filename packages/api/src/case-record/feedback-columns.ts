import { caseFeedback } from "@kelias/db";
import { type FeedbackAddInput, feedbackStatus } from "@kelias/domain";

/** The columns a feedback form sets, its status following from the resolution date. */
export function feedbackColumns(input: Omit<Required<FeedbackAddInput>, "caseId" | "idempotencyKey">) {
  return {
    kind: input.kind,
    channel: input.channel,
    receivedOn: input.receivedOn,
    topic: input.topic,
    detail: input.detail,
    rating: input.rating,
    resolution: input.resolution,
    resolvedOn: input.resolvedOn,
    status: feedbackStatus(input),
  };
}

/** The columns of a feedback record its history follows (all that the edit form sets). */
export const trackedFeedback = {
  kind: caseFeedback.kind,
  channel: caseFeedback.channel,
  receivedOn: caseFeedback.receivedOn,
  topic: caseFeedback.topic,
  detail: caseFeedback.detail,
  rating: caseFeedback.rating,
  resolution: caseFeedback.resolution,
  resolvedOn: caseFeedback.resolvedOn,
  status: caseFeedback.status,
};

// Deciding between a turn's answers: continue with one of them, vote on them (blind or not), or
// branch the conversation at a turn. The inputs of those IPC channels, validated in main.
import { z } from 'zod';

const id = z.string().min(1).max(100);

/** What a vote says of each answer of a turn: the best one, a tie, or none good. */
export const VOTE_VERDICTS = ['best', 'tie', 'all-bad'] as const;
export type VoteVerdict = (typeof VOTE_VERDICTS)[number];

/** How one answer fared in its turn's vote (kept with the answer). */
export const ANSWER_VOTES = ['best', 'not-best', 'tie', 'all-bad'] as const;
export type AnswerVote = (typeof ANSWER_VOTES)[number];

export const chooseAnswerInputSchema = z.object({
  conversationId: id,
  turnId: id,
  /** The answer every pane continues from; null goes back to each pane's own thread. */
  messageId: id.nullable(),
});
export type ChooseAnswerInput = z.infer<typeof chooseAnswerInputSchema>;

export const voteInputSchema = z
  .object({
    conversationId: id,
    turnId: id,
    verdict: z.enum(VOTE_VERDICTS),
    /** The winner, for `best`. */
    messageId: id.optional(),
    /** The vote was cast with clouds and models hidden. */
    blind: z.boolean().default(false),
  })
  .refine((v) => (v.verdict === 'best') === (v.messageId !== undefined), {
    message: 'Pick the best answer, or vote tie or all bad.',
    path: ['messageId'],
  });
/** A vote as callers give it (`blind` defaults to false). */
export type VoteInput = z.input<typeof voteInputSchema>;

export const branchInputSchema = z.object({
  conversationId: id,
  /** The last turn the new conversation keeps. */
  turnId: id,
});
export type BranchInput = z.infer<typeof branchInputSchema>;

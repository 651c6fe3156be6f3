/**
 * Why an action on an opportunity is not allowed: a stable code for clients and logs, and a
 * sentence for the person who tried.
 */
export interface Refusal<Code extends string = string> {
  code: Code;
  reason: string;
}

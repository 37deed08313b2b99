/**
 * Who performs a use case. Passed explicitly from the resolver into services
 * (`service.update(actor, input)`), never injected per request.
 */
export interface Actor {
  /** The user id once accounts exist; null for the anonymous caller of a single-user install. */
  userId: string | null;
  /** What the change log shows. */
  label: string;
}

export const ANONYMOUS_ACTOR: Actor = Object.freeze({ userId: null, label: 'anonymous' });

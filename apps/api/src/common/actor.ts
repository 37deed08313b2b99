/**
 * Who performs a use case. Passed explicitly from the resolver into services
 * (`service.update(actor, input)`), never injected per request.
 */
export interface Actor {
  /** The user id once accounts exist; null for the anonymous caller of a single-user install. */
  userId: string | null;
  /** What the change log shows. */
  label: string;
  /** The session the request came with (so signOut ends just that one). */
  sessionId?: string;
  /** Per-request memo of the caller's role per product (filled by ProductAccess). */
  roles?: Map<string, string | null>;
  /** Why a bearer token was refused; operations that need an account answer UNAUTHENTICATED with it. */
  authError?: string;
}

export const ANONYMOUS_ACTOR: Actor = Object.freeze({ userId: null, label: 'anonymous' });

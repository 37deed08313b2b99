/**
 * Sign-in operations. They are not in operations.graphql because the committed schema
 * (apps/api/schema.gql) has no identity yet; once it has `signIn`, `signUp`, `signOut` and `me`,
 * move them there and use the generated documents. Until then the API never asks for a session
 * and this screen is not reached.
 */
import { gql, type TypedDocumentNode } from 'urql';
import type { Session } from './session';

interface AuthPayload {
  token: string;
  expiresAt: string;
  user: Session['user'];
}

export const SignInMutation: TypedDocumentNode<{ signIn: AuthPayload }, { input: { email: string; password: string } }> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      expiresAt
      user {
        id
        email
        displayName
      }
    }
  }
`;

export const SignUpMutation: TypedDocumentNode<{ signUp: AuthPayload }, { input: { email: string; password: string; displayName?: string } }> = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      expiresAt
      user {
        id
        email
        displayName
      }
    }
  }
`;

export const SignOutMutation: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;

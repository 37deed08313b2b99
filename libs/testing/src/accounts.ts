import { randomBytes } from 'node:crypto';
import { GqlClient } from './graphql-client';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface Account {
  client: GqlClient;
  token: string;
  userId: string;
  email: string;
}

/** A fresh account per call (its own email), signed in: each test owns its user and products. */
export async function signUp(baseUrl: string, email = `user-${randomBytes(5).toString('hex')}@test.local`): Promise<Account> {
  const anon = new GqlClient(baseUrl);
  const data = await anon.ok<{ signUp: { token: string; user: { id: string; email: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email } } }`,
    { input: { email, password: TEST_PASSWORD } },
  );
  return {
    client: new GqlClient(baseUrl, { authorization: `Bearer ${data.signUp.token}` }),
    token: data.signUp.token,
    userId: data.signUp.user.id,
    email: data.signUp.user.email,
  };
}

export async function signIn(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<GqlClient> {
  const data = await new GqlClient(baseUrl).ok<{ signIn: { token: string } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
    { input: { email, password } },
  );
  return new GqlClient(baseUrl, { authorization: `Bearer ${data.signIn.token}` });
}

/** Invites an account to a product with a role and accepts on its behalf. */
export async function addMember(owner: GqlClient, productId: string, member: Account, role: string): Promise<string> {
  const invited = await owner.ok<{ inviteMember: { id: string } }>(
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
    { input: { productId, email: member.email, role } },
  );
  await member.client.ok(`mutation($input: MembershipIdInput!) { acceptInvitation(input: $input) { id } }`, {
    input: { membershipId: invited.inviteMember.id },
  });
  return invited.inviteMember.id;
}

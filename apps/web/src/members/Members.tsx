import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PRODUCT_ROLE_LABELS, PRODUCT_ROLES, type ProductRole } from '@backlog-studio/domain';
import {
  ChangeMemberRoleMutation,
  HandOverOwnershipMutation,
  InviteMemberMutation,
  MembersQuery,
  ProductQuery,
  RemoveMemberMutation,
} from '../api/documents';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import type { MemberFieldsFragment } from '../api/generated/graphql';
import { useSession } from '../api/session';
import { useDocumentTitle } from '../components/AppLayout';
import { ConfirmDialog, Field, Icon, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatRelative } from '../lib/format';
import { useProductPermissions } from '../lib/permissions';
import { NotFound } from '../screens/NotFound';

/** Roles one can be invited with or changed to: ownership is handed over, never given. */
const ASSIGNABLE = PRODUCT_ROLES.filter((r) => r !== 'PRODUCT_OWNER');
const roleLabel = (role: string): string => PRODUCT_ROLE_LABELS[role as ProductRole] ?? role;
/** Membership mutations that return no Membership still make the list stale. */
const MEMBERS_CHANGED = { additionalTypenames: ['Membership'] };

function InviteForm({ productId, onInvited }: { productId: string; onInvited: (email: string) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProductRole>('DEVELOPER');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, invite] = useMutation(InviteMemberMutation);
  const errors = fieldErrorMap(problem);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const result = await invite({ input: { productId, email: email.trim(), role } });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    setEmail('');
    onInvited(result.data.inviteMember.email);
  };
  return (
    <form className="card form-card invite-form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a member</h2>
      <p className="muted">They see the invitation on their product list after signing up or in with this email.</p>
      <ProblemBanner problem={problem} />
      <div className="form-row invite-row">
        <Field label="Email" error={errors.email}>
          {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label="Role" error={errors.role}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as ProductRole)}>
              {ASSIGNABLE.map((r) => (
                <option key={r} value={r}>
                  {PRODUCT_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : <Icon name="plus" />} Invite
        </button>
      </div>
    </form>
  );
}

type Pending = { kind: 'remove'; member: MemberFieldsFragment } | { kind: 'handOver'; member: MemberFieldsFragment };

export default function MembersScreen() {
  const { productId = '' } = useParams();
  const { session } = useSession();
  const perms = useProductPermissions(productId);
  const canManage = perms.can('MANAGE_MEMBERS');
  const [{ data: productData }] = useQuery({ query: ProductQuery, variables: { id: productId } });
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MembersQuery, variables: { productId } });
  const [, changeRole] = useMutation(ChangeMemberRoleMutation);
  const [, remove] = useMutation(RemoveMemberMutation);
  const [handOverState, handOver] = useMutation(HandOverOwnershipMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [keepRole, setKeepRole] = useState<ProductRole>('DEVELOPER');
  const [busyId, setBusyId] = useState<string | null>(null);
  const productName = productData?.product.name ?? null;
  useDocumentTitle(productName ? `Members · ${productName}` : 'Members');

  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const loadProblem = toProblem(error);
  if (loadProblem?.kind === 'notFound') return <NotFound what="product" />;

  const members = [...(data?.members ?? [])].sort(
    (a, b) => Number(b.role === 'PRODUCT_OWNER') - Number(a.role === 'PRODUCT_OWNER') || Number(a.status === 'PENDING') - Number(b.status === 'PENDING') || a.email.localeCompare(b.email),
  );

  const act = async (member: MemberFieldsFragment, run: () => Promise<{ error?: Parameters<typeof toProblem>[0] }>, done: string) => {
    setProblem(null);
    setNotice(null);
    setBusyId(member.id);
    const result = await run();
    setBusyId(null);
    if (result.error) {
      setProblem(toProblem(result.error));
      refresh();
      return;
    }
    setNotice(done);
  };

  const confirm = async () => {
    if (!pending) return;
    const { member } = pending;
    setPending(null);
    if (pending.kind === 'remove') {
      await act(member, () => remove({ input: { membershipId: member.id } }, MEMBERS_CHANGED), `${member.displayName || member.email} was removed.`);
    } else {
      await act(
        member,
        () => handOver({ input: { productId, toMembershipId: member.id, previousOwnerRole: keepRole } }),
        `${member.displayName || member.email} is now the product owner; you are ${PRODUCT_ROLE_LABELS[keepRole].toLowerCase()}.`,
      );
    }
  };

  return (
    <div className="page members-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={`/products/${productId}`}>
          <Icon name="back" /> {productName ?? 'Product'}
        </Link>
      </nav>
      <div className="page-head">
        <div>
          <p className="eyebrow">{productName ?? 'Product'}</p>
          <h1>Members</h1>
          <p className="muted">
            One product owner orders the backlog and decides; developers build and refine; stakeholders and coaches read and comment.
            {perms.roleLabel ? ` You are ${perms.role === 'PRODUCT_OWNER' ? 'the' : 'a'} ${perms.roleLabel.toLowerCase()}.` : ''}
          </p>
        </div>
      </div>

      <div role="status" aria-live="polite" className="announce">
        {notice ? <p className="banner banner-success">{notice}</p> : null}
      </div>
      <ProblemBanner problem={problem ?? (data ? null : loadProblem)} onDismiss={problem ? () => setProblem(null) : undefined} onRetry={!data && loadProblem ? refresh : undefined} />

      <div className={canManage ? 'members-layout' : undefined}>
        <section aria-labelledby="members-title" className="card members-card">
          <h2 id="members-title">People on this product</h2>
          {!canManage && !perms.loading ? <p className="muted small">Only the product owner invites members, changes roles and hands over ownership.</p> : null}
          {fetching && !data ? <Loading label="Loading members…" /> : null}
          {data ? (
            <div className="table-scroll">
              <table className="members-table">
                <caption className="visually-hidden">Members and pending invitations</caption>
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                    {canManage ? <th scope="col">Actions</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => {
                    const owner = m.role === 'PRODUCT_OWNER';
                    const self = !!session && m.userId === session.user.id;
                    const name = m.displayName || m.email;
                    return (
                      <tr key={m.id} data-testid="member-row">
                        <th scope="row">
                          <span className="member-name">
                            {name}
                            {self ? <span className="badge">you</span> : null}
                          </span>
                          {m.displayName ? <span className="member-email muted small">{m.email}</span> : null}
                        </th>
                        <td>
                          {canManage && !owner ? (
                            <>
                              <label htmlFor={`role-${m.id}`} className="visually-hidden">
                                Role of {name}
                              </label>
                              <select
                                id={`role-${m.id}`}
                                value={m.role}
                                disabled={busyId === m.id}
                                onChange={(e) => {
                                  const role = e.target.value as ProductRole;
                                  void act(m, () => changeRole({ input: { membershipId: m.id, role } }), `${name} is now ${PRODUCT_ROLE_LABELS[role].toLowerCase()}.`);
                                }}
                              >
                                {ASSIGNABLE.map((r) => (
                                  <option key={r} value={r}>
                                    {PRODUCT_ROLE_LABELS[r]}
                                  </option>
                                ))}
                              </select>
                            </>
                          ) : (
                            <span className={`badge role-badge role-${m.role.toLowerCase()}`}>{roleLabel(m.role)}</span>
                          )}
                        </td>
                        <td>
                          {m.status === 'PENDING' ? (
                            <span className="badge status-pending">Invited {formatRelative(m.createdAt)}</span>
                          ) : (
                            <span className="muted small">Member since {formatRelative(m.createdAt)}</span>
                          )}
                        </td>
                        {canManage ? (
                          <td className="member-actions">
                            {owner ? (
                              <span className="muted small">Hand over to someone below</span>
                            ) : (
                              <>
                                {m.status === 'ACTIVE' ? (
                                  <button type="button" className="btn btn-small" disabled={busyId === m.id || handOverState.fetching} onClick={() => setPending({ kind: 'handOver', member: m })}>
                                    Make product owner
                                  </button>
                                ) : null}
                                <button
                                  type="button"
                                  className="btn btn-small btn-danger-outline"
                                  disabled={busyId === m.id}
                                  onClick={() => setPending({ kind: 'remove', member: m })}
                                  aria-label={`${m.status === 'PENDING' ? 'Withdraw the invitation of' : 'Remove'} ${name}`}
                                >
                                  {busyId === m.id ? <Spinner size={12} /> : <Icon name="close" />} {m.status === 'PENDING' ? 'Withdraw' : 'Remove'}
                                </button>
                              </>
                            )}
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
        {canManage ? (
          <InviteForm
            productId={productId}
            onInvited={(email) => {
              setProblem(null);
              setNotice(`Invited ${email}.`);
            }}
          />
        ) : null}
      </div>

      {pending?.kind === 'remove' ? (
        <ConfirmDialog
          title={pending.member.status === 'PENDING' ? 'Withdraw the invitation?' : `Remove ${pending.member.displayName || pending.member.email}?`}
          confirmLabel={pending.member.status === 'PENDING' ? 'Withdraw invitation' : 'Remove member'}
          cancelLabel="Keep"
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          <p>
            {pending.member.status === 'PENDING'
              ? `${pending.member.email} will no longer see the invitation.`
              : 'They lose access to this product at once. Their changes stay in the history.'}
          </p>
        </ConfirmDialog>
      ) : null}
      {pending?.kind === 'handOver' ? (
        <ConfirmDialog
          title={`Make ${pending.member.displayName || pending.member.email} the product owner?`}
          confirmLabel="Hand over ownership"
          cancelLabel="Cancel"
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          <p>A product has exactly one product owner. They will order the backlog and manage members; you stop being the owner.</p>
          <div className="field handover-role">
            <label htmlFor="keep-role" className="field-label">
              Your role afterwards
            </label>
            <select id="keep-role" value={keepRole} onChange={(e) => setKeepRole(e.target.value as ProductRole)}>
              {ASSIGNABLE.map((r) => (
                <option key={r} value={r}>
                  {PRODUCT_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

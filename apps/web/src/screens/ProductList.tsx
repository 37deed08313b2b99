import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { LIMITS, PRODUCT_ROLE_LABELS, type ProductRole } from '@backlog-studio/domain';
import { AcceptInvitationMutation, CreateProductMutation, MyInvitationsQuery, MyMembershipsQuery, ProductsQuery } from '../api/documents';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { useDocumentTitle } from '../components/AppLayout';
import { EmptyState, Field, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatRelative, plural } from '../lib/format';

/** Invitations to the signed-in account's email, each with Accept. */
function Invitations({ onAccepted }: { onAccepted: () => void }) {
  const [{ data }, reexecute] = useQuery({ query: MyInvitationsQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const invitations = data?.myInvitations ?? [];
  if (invitations.length === 0 && !joined) return null;
  return (
    <section className="card invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <div role="status" aria-live="polite">
        {joined ? <p className="banner banner-success">You joined {joined}.</p> : null}
      </div>
      <ProblemBanner problem={problem} onDismiss={() => setProblem(null)} />
      {invitations.length ? (
        <ul className="invitation-list">
          {invitations.map((inv) => (
            <li key={inv.id} className="invitation" data-testid="invitation">
              <div>
                <strong>{inv.productName}</strong>
                <span className="muted"> · as {PRODUCT_ROLE_LABELS[inv.role as ProductRole].toLowerCase()}</span>
                <span className="muted small"> · invited {formatRelative(inv.createdAt)}</span>
              </div>
              <button
                type="button"
                className="btn btn-primary btn-small"
                disabled={fetching}
                aria-label={`Accept the invitation to ${inv.productName}`}
                onClick={async () => {
                  setProblem(null);
                  const result = await accept({ input: { membershipId: inv.id } });
                  if (result.error || !result.data) {
                    setProblem(toProblem(result.error));
                    return;
                  }
                  setJoined(result.data.acceptInvitation.productName);
                  reexecute({ requestPolicy: 'network-only' });
                  onAccepted();
                }}
              >
                Accept
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CreateProductForm({ first }: { first: boolean }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [vision, setVision] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, createProduct] = useMutation(CreateProductMutation);
  const errors = fieldErrorMap(problem);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const result = await createProduct({
      input: { name, description, ...(vision.trim() ? { vision: { vision } } : {}) },
    });
    const p = toProblem(result.error);
    if (p || !result.data) {
      setProblem(p);
      return;
    }
    void navigate(`/products/${result.data.createProduct.id}`, { state: { created: true } });
  };

  return (
    <form className="card form-card" onSubmit={submit} noValidate aria-labelledby="create-product-title">
      <h2 id="create-product-title">{first ? 'Create your first product' : 'Create a product'}</h2>
      <p className="muted">A name is enough to start; the vision board and goals come next.</p>
      <ProblemBanner problem={problem} />
      <Field label="Product name" error={errors.name} hint={`Up to ${LIMITS.nameMax} characters.`}>
        {(p) => <input {...p} value={name} maxLength={LIMITS.nameMax} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label="Description" error={errors.description} hint="Optional: one or two sentences on what it is.">
        {(p) => <textarea {...p} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field label="Vision" error={errors['vision.vision']} hint="Optional: why the product exists. You can fill the whole board later.">
        {(p) => <textarea {...p} rows={2} value={vision} onChange={(e) => setVision(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : null}
          {fetching ? 'Creating…' : 'Create product'}
        </button>
      </div>
    </form>
  );
}

export function ProductList() {
  useDocumentTitle('Products');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductsQuery });
  const [memberships, reexecuteMemberships] = useQuery({ query: MyMembershipsQuery });
  const products = data?.products ?? [];
  const roleOf = (productId: string): ProductRole | null =>
    (memberships.data?.myMemberships.find((m) => m.productId === productId && m.status === 'ACTIVE')?.role as ProductRole | undefined) ?? null;
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Products</h1>
          <p className="muted">Each product has one vision, at most one active Product Goal, and one ordered backlog.</p>
        </div>
      </div>
      <div className="product-layout">
        <section aria-labelledby="product-list-title" className="product-list-section">
          <h2 id="product-list-title" className="visually-hidden">
            All products
          </h2>
          <Invitations
            onAccepted={() => {
              reexecute({ requestPolicy: 'network-only' });
              reexecuteMemberships({ requestPolicy: 'network-only' });
            }}
          />
          {error && !data ? <ProblemBanner problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
          {fetching && !data ? <Loading label="Loading products…" /> : null}
          {data && products.length === 0 ? (
            <EmptyState title="No products yet">Create one to write its vision board and start its backlog.</EmptyState>
          ) : null}
          {products.length > 0 ? (
            <>
              <p className="count-line" role="status">
                {plural(products.length, 'product')}
              </p>
              <ul className="product-cards">
                {products.map((p) => (
                  <li key={p.id} className="card product-card">
                    <h3>
                      <Link to={`/products/${p.id}`} className="stretched-link">
                        {p.name}
                      </Link>
                    </h3>
                    {p.description ? <p className="product-card-description">{p.description}</p> : null}
                    <p className="product-card-meta">
                      {p.activeGoal ? (
                        <>
                          <span className="badge goal-active">Active goal</span> {p.activeGoal.statement}
                        </>
                      ) : (
                        <span className="muted">No active Product Goal</span>
                      )}
                    </p>
                    <p className="product-card-updated muted">
                      {roleOf(p.id) ? <span className="badge role-badge">{PRODUCT_ROLE_LABELS[roleOf(p.id)!]}</span> : null} Updated {formatRelative(p.updatedAt)}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <CreateProductForm first={!!data && products.length === 0} />
      </div>
    </div>
  );
}

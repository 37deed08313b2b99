import { useEffect, useState, type MouseEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { LIMITS } from '@backlog-studio/domain';
import { ProductQuery, SetProductVisionMutation, UpdateProductMutation } from '../api/documents';
import { toProblem } from '../api/errors';
import type { ProductFieldsFragment } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { InlineEdit } from '../components/InlineEdit';
import { Icon, Loading, ProblemBanner } from '../components/ui';
import { rememberProduct } from '../lib/last-product';
import { useProductPermissions, type ProductPermissions } from '../lib/permissions';
import { productProblemMessage } from '../lib/problem-message';
import { Backlog } from './Backlog';
import { Goals } from './Goals';
import { NotFound } from './NotFound';

type Product = ProductFieldsFragment;
type VisionKey = keyof Product['vision'];

const BOXES: ReadonlyArray<{ key: VisionKey; label: string; question: string }> = [
  { key: 'vision', label: 'Vision', question: 'Why does the product exist? What positive change should it bring about?' },
  { key: 'targetGroup', label: 'Target group', question: 'Who is it for? Which market or segment, which users and customers?' },
  { key: 'needs', label: 'Needs', question: 'Which problem does it solve? Which benefit does it give?' },
  { key: 'product', label: 'Product', question: 'What is it? What makes it stand out? Can it be built?' },
  { key: 'businessGoals', label: 'Business goals', question: 'How does it benefit the company? Which business goals does it serve?' },
];

function ProductHeader({ product, onUpdated, onConflict, perms }: { product: Product; onUpdated: (p: Product) => void; onConflict: () => void; perms: ProductPermissions }) {
  const readOnly = !perms.can('EDIT_PRODUCT');
  const [, updateProduct] = useMutation(UpdateProductMutation);
  const save = (field: 'name' | 'description') => async (value: string) => {
    const result = await updateProduct({ input: { id: product.id, expectedVersion: product.version, [field]: value } });
    if (result.data) {
      onUpdated(result.data.updateProduct);
      return null;
    }
    const problem = toProblem(result.error);
    if (problem?.kind === 'conflict') onConflict();
    return productProblemMessage(problem, field);
  };
  return (
    <header className="workspace-head">
      <p className="eyebrow">
        Product{perms.roleLabel ? <span className="role-line"> · you are {perms.role === 'PRODUCT_OWNER' ? 'the' : 'a'} {perms.roleLabel.toLowerCase()}</span> : null}
      </p>
      <InlineEdit
        className="product-name"
        label="Product name"
        value={product.name}
        onSave={save('name')}
        placeholder="Name the product"
        multiline={false}
        readOnly={readOnly}
        maxLength={LIMITS.nameMax}
        renderValue={(name) => <h1>{name}</h1>}
      />
      <InlineEdit
        className="product-description"
        label="Product description"
        value={product.description}
        onSave={save('description')}
        placeholder="Add a one-line description"
        readOnly={readOnly}
        rows={2}
        maxLength={LIMITS.shortTextMax}
      />
      {product.activeGoal ? (
        <p className="active-goal-line">
          <span className="badge goal-active">Active goal</span> {product.activeGoal.statement}
        </p>
      ) : (
        <p className="active-goal-line muted">No active Product Goal: set one below so the backlog has a direction.</p>
      )}
    </header>
  );
}

const COLLAPSE_KEY = 'backlog-studio:vision-collapsed';

function VisionBoard({ product, onUpdated, onConflict, readOnly }: { product: Product; onUpdated: (p: Product) => void; onConflict: () => void; readOnly: boolean }) {
  const [, setVision] = useMutation(SetProductVisionMutation);
  const [collapsed, setCollapsed] = useState(() => {
    try {
      return localStorage.getItem(COLLAPSE_KEY) === '1';
    } catch {
      return false;
    }
  });
  const toggle = () => {
    setCollapsed((c) => {
      try {
        localStorage.setItem(COLLAPSE_KEY, c ? '0' : '1');
      } catch {
        // storage unavailable: the choice lasts for this page only
      }
      return !c;
    });
  };
  const save = (key: VisionKey) => async (value: string) => {
    const result = await setVision({ input: { productId: product.id, expectedVersion: product.version, [key]: value } });
    if (result.data) {
      onUpdated(result.data.setProductVision);
      return null;
    }
    const problem = toProblem(result.error);
    if (problem?.kind === 'conflict') onConflict();
    return productProblemMessage(problem, key);
  };
  const filled = BOXES.filter((b) => product.vision[b.key].trim()).length;
  return (
    <section className="workspace-section" id="vision" aria-labelledby="vision-title" tabIndex={-1}>
      <div className="section-head">
        <div>
          <h2 id="vision-title">Product Vision Board</h2>
          <p className="muted section-sub">{filled === 5 ? 'All five boxes are written.' : readOnly ? `${filled} of 5 boxes written.` : `${filled} of 5 boxes written. Click a box’s pencil, or double-click its text, to write it.`}</p>
        </div>
        <button type="button" className="btn btn-ghost btn-small" aria-expanded={!collapsed} aria-controls="vision-board" onClick={toggle}>
          <Icon name={collapsed ? 'down' : 'up'} /> {collapsed ? 'Show board' : 'Hide board'}
        </button>
      </div>
      <div className="vision-board" id="vision-board" hidden={collapsed}>
        {BOXES.map((box) => (
          <section key={box.key} className={`vision-box vision-${box.key}`} aria-labelledby={`vb-${box.key}`}>
            <InlineEdit
              label={box.label}
              heading={
                <>
                  <h3 id={`vb-${box.key}`}>{box.label}</h3>
                  <p className="vision-question">{box.question}</p>
                </>
              }
              value={product.vision[box.key]}
              onSave={save(box.key)}
              placeholder="Not written yet."
              readOnly={readOnly}
              rows={box.key === 'vision' ? 3 : 6}
              maxLength={LIMITS.textMax}
            />
          </section>
        ))}
      </div>
    </section>
  );
}

/** The newer of the query's product and the one a mutation returned (the query refetches a moment later). */
function newer(a: Product | null | undefined, b: Product | null): Product | null {
  if (!a) return b;
  if (!b || b.id !== a.id) return a;
  return b.version > a.version ? b : a;
}

function jump(e: MouseEvent<HTMLAnchorElement>, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  el?.focus({ preventScroll: true });
}

/** One workspace per product: switching products starts with fresh local state. */
export function Workspace() {
  const { productId = '' } = useParams();
  return <ProductWorkspace key={productId} productId={productId} />;
}

function ProductWorkspace({ productId }: { productId: string }) {
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductQuery, variables: { id: productId } });
  const [latest, setLatest] = useState<Product | null>(null);
  const perms = useProductPermissions(productId);
  const product = newer(data?.product, latest);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  useDocumentTitle(product?.name ?? null);
  useEffect(() => {
    if (product?.id) rememberProduct(product.id);
  }, [product?.id]);

  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const problem = toProblem(error);
  if (problem?.kind === 'notFound') return <NotFound what="product" />;
  if (!product) {
    if (problem) {
      return (
        <div className="page">
          <ProblemBanner problem={problem} onRetry={refresh} />
        </div>
      );
    }
    return <Loading label={fetching ? 'Opening the product…' : 'Loading…'} />;
  }

  return (
    <div className="page workspace">
      {justCreated ? (
        <p className="banner banner-success" role="status">
          Product created. Start with its vision board, then set a Product Goal.
        </p>
      ) : null}
      <ProductHeader product={product} onUpdated={setLatest} onConflict={refresh} perms={perms} />
      <nav className="section-nav" aria-label="Workspace sections">
        <a href="#vision" onClick={(e) => jump(e, 'vision')}>
          Vision board
        </a>
        <a href="#goals" onClick={(e) => jump(e, 'goals')}>
          Product Goals <span className="nav-count">{product.goals.length}</span>
        </a>
        <a href="#backlog" onClick={(e) => jump(e, 'backlog')}>
          Backlog
        </a>
        <span className="section-nav-spacer" aria-hidden="true" />
        <Link to={`/products/${product.id}/ordering`}>Ordering</Link>
        <Link to={`/products/${product.id}/refinement`}>Refinement</Link>
        <Link to={`/products/${product.id}/members`}>Members</Link>
        <Link to={`/products/${product.id}/stakeholders`}>Stakeholders &amp; progress</Link>
      </nav>
      <VisionBoard product={product} onUpdated={setLatest} onConflict={refresh} readOnly={!perms.can('EDIT_PRODUCT')} />
      <Goals product={product} onChanged={refresh} canEdit={perms.can('EDIT_PRODUCT')} />
      <Backlog product={product} perms={perms} />
    </div>
  );
}

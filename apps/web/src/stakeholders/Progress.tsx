import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { CreateShareLinkDocument, ProgressReportDocument, RevokeShareLinkDocument, ShareLinksDocument, SharedProgressReportDocument, type ShareLinkFieldsFragment } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { ConfirmDialog, Icon, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatDate, formatDateTime } from '../lib/format';
import { useHub } from './hub';
import { ProgressReportView } from './ProgressReportView';
import './stakeholders.css';

const LINK_CONTEXT = { additionalTypenames: ['ShareLink'] };

function NewLink({ url }: { url: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied to the clipboard.');
    } catch {
      inputRef.current?.select();
      setCopied('Press Ctrl+C to copy the selected link.');
    }
  };
  return (
    <div className="banner banner-success sh-new-link" data-testid="new-share-link">
      <div className="sh-new-link-body">
        <label htmlFor="new-share-link" className="field-label">
          New share link: copy it now, it is shown only once
        </label>
        <div className="input-row">
          <input id="new-share-link" ref={inputRef} readOnly value={url} onFocus={(e) => e.target.select()} />
          <button type="button" className="btn" onClick={() => void copy()}>
            Copy link
          </button>
        </div>
        <p role="status" className="small">
          {copied}
        </p>
      </div>
    </div>
  );
}

function ShareLinks({ productId }: { productId: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: ShareLinksDocument, variables: { productId }, context: LINK_CONTEXT });
  const [creation, create] = useMutation(CreateShareLinkDocument);
  const [, revoke] = useMutation(RevokeShareLinkDocument);
  const [created, setCreated] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [revoking, setRevoking] = useState<ShareLinkFieldsFragment | null>(null);
  const [status, setStatus] = useState('');

  const doCreate = async () => {
    setProblem(null);
    const result = await create({ productId });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    const path = result.data.createShareLink.path ?? `/shared/${result.data.createShareLink.token ?? ''}`;
    setCreated(new URL(path, window.location.origin).toString());
    reexecute({ requestPolicy: 'network-only' });
  };
  const doRevoke = async () => {
    if (!revoking) return;
    const link = revoking;
    setRevoking(null);
    const result = await revoke({ id: link.id });
    if (result.error) setProblem(toProblem(result.error));
    else {
      setStatus(`The link created ${formatDateTime(link.createdAt)} is revoked: it no longer opens the report.`);
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  const links = data?.shareLinks ?? [];
  return (
    <section className="card sh-share" aria-labelledby="share-title" data-testid="share-links">
      <div className="section-head">
        <div>
          <h2 id="share-title">Share the report</h2>
          <p className="muted section-sub">A read-only link for stakeholders without an account. Anyone with it sees this report until you revoke it.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => void doCreate()} disabled={creation.fetching}>
          {creation.fetching ? <Spinner size={14} /> : <Icon name="plus" />} Create a share link
        </button>
      </div>
      <ProblemBanner problem={problem ?? toProblem(error)} onDismiss={problem ? () => setProblem(null) : undefined} />
      {created ? <NewLink url={created} /> : null}
      <p role="status" className="small">
        {status}
      </p>
      {links.length ? (
        <div className="table-scroll">
          <table className="sh-table">
            <caption className="visually-hidden">Share links, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">By</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr key={l.id} data-testid="share-link-row">
                  <th scope="row">{formatDateTime(l.createdAt)}</th>
                  <td>{l.createdBy}</td>
                  <td>{l.revokedAt ? <span className="muted">revoked {formatDateTime(l.revokedAt)}</span> : <span className="badge sh-badge-ok">active</span>}</td>
                  <td>
                    {l.revokedAt ? null : (
                      <button type="button" className="btn btn-small btn-danger-outline" onClick={() => setRevoking(l)} aria-label={`Revoke the link created ${formatDateTime(l.createdAt)}`}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : data ? (
        <p className="muted small">No link yet.</p>
      ) : null}
      {revoking ? (
        <ConfirmDialog title="Revoke this share link?" confirmLabel="Revoke" cancelLabel="Keep it" onCancel={() => setRevoking(null)} onConfirm={() => void doRevoke()}>
          Whoever has it will see “link not found” from now on. You can create a new one at any time.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

export function ProgressScreen() {
  const hub = useHub();
  const { productId } = hub;
  useDocumentTitle(hub.productName ? `Progress report · ${hub.productName}` : 'Progress report');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProgressReportDocument, variables: { productId } });
  const problem = toProblem(error);
  return (
    <div className="sh-progress">
      <div className="section-head">
        <div>
          <h1>Progress report</h1>
          <p className="muted section-sub">Toward the active Product Goal: what is done, how the scope moved, and when the rest is likely to be done.</p>
        </div>
      </div>
      {data ? <ProgressReportView report={data.progressReport} /> : problem ? <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <Loading label={fetching ? 'Computing the report…' : 'Loading…'} />}
      {hub.can('EDIT_PRODUCT') ? <ShareLinks productId={productId} /> : null}
    </div>
  );
}

/** `/shared/:token`: the report behind a share link, for people without an account. */
export function SharedReportScreen() {
  const { token = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: SharedProgressReportDocument, variables: { token } });
  const problem = toProblem(error);
  useDocumentTitle(data ? `${data.sharedProgressReport.productName}: progress` : 'Shared progress report');
  const gone = problem && (problem.kind === 'notFound' || problem.kind === 'fields' || problem.message.includes('token'));
  return (
    <>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="brand">
            <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <rect x="7" y="8" width="18" height="3.5" rx="1.5" fill="#fff" />
              <rect x="7" y="14.25" width="13" height="3.5" rx="1.5" fill="#fff" opacity=".85" />
              <rect x="7" y="20.5" width="8" height="3.5" rx="1.5" fill="#fff" opacity=".7" />
            </svg>
            <span>Backlog Studio</span>
          </span>
        </div>
      </header>
      <main id="main" className="page sh-shared" tabIndex={-1}>
        {data ? (
          <>
            <p className="eyebrow">Shared progress report · read-only</p>
            <h1>{data.sharedProgressReport.productName}</h1>
            <p className="muted section-sub sh-shared-sub">Shared by the product owner. It shows the state of the backlog on {formatDate(data.sharedProgressReport.generatedOn)}.</p>
            <ProgressReportView report={data.sharedProgressReport} />
          </>
        ) : gone ? (
          <div className="narrow">
            <h1>This link does not open a report</h1>
            <p className="muted">It was revoked, or it was copied incompletely. Ask the product owner for a new one.</p>
          </div>
        ) : problem ? (
          <ProblemBanner problem={problem} />
        ) : (
          <Loading label={fetching ? 'Loading the report…' : 'Loading…'} />
        )}
        <p className="small muted sh-shared-foot">
          Have an account? <Link to="/">Open Backlog Studio</Link>
        </p>
      </main>
    </>
  );
}

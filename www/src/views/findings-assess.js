// Strengths and weaknesses: the analysis's drafts (accept, edit then accept, reject), the
// stored assessments (edit, delete) and the group's own. Every change is one undoable edit.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import {
  openDrafts,
  rejectedDrafts,
  acceptDraft,
  rejectDraft,
  restoreDrafts,
  saveAssessment,
  deleteAssessment,
  assessmentsOf,
  describeEvidence
} from '../lib/findings.js';

function KindLabel({ kind }) {
  return html`<span class=${`kind-badge kind-${kind}`}><span aria-hidden="true">${kind === 'strength' ? '+ ' : kind === 'weakness' ? '− ' : '→ '}</span>${t(`findings.kind.${kind}`)}</span>`;
}

/** Evidence in words: findings by title, unit pairs by name, network figures by what they are. */
function evidenceText(e) {
  if (e.kind === 'finding') return e.params.title;
  if (e.kind === 'units') return t('findings.evidenceUnits', e.params);
  if (e.kind === 'unit') return t('findings.evidenceUnit', e.params);
  const key = `findings.evidenceNetwork.${e.key}`;
  const text = t(key);
  return text === key ? t('findings.evidenceNetwork.other') : text;
}

export function Evidence({ evidence, findings, doc }) {
  const items = (evidence || [])
    .map((ref) => {
      const e = describeEvidence(ref, { findings, doc });
      return e ? { key: ref, text: evidenceText(e) } : null;
    })
    .filter(Boolean);
  if (!items.length) return null;
  return html`<p class="evidence muted small" data-testid="evidence"><span>${t('findings.evidence')}</span> ${items.map((i, n) => html`<span key=${i.key}>${n ? '; ' : ''}${i.text}</span>`)}</p>`;
}

function Draft({ draft, findings, doc, actions }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(draft.text);
  const fieldId = `draft-text-${draft.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const accept = (value) =>
    actions.updateCurrent(
      (doc) => {
        acceptDraft(doc, draft, value);
      },
      { label: { key: 'findings.undo.accept' } }
    );
  const reject = () =>
    actions.updateCurrent(
      (doc) => {
        rejectDraft(doc, draft.id);
      },
      { label: { key: 'findings.undo.reject' } }
    );
  return html`
    <li class="draft" data-testid="draft" data-id=${draft.id} data-kind=${draft.kind}>
      <${KindLabel} kind=${draft.kind} />
      ${
        editing
          ? html`
        <div class="field">
          <label for=${fieldId}>${t('findings.draftEditLabel')}</label>
          <textarea id=${fieldId} rows="3" data-testid="draft-text" value=${text} onInput=${(e) => setText(e.currentTarget.value)}></textarea>
        </div>
        <div class="row-actions">
          <button type="button" class="button button-primary button-small" data-testid="draft-accept-edited" disabled=${!text.trim()}
            onClick=${() => accept(text)}>${t('findings.acceptEdited')}</button>
          <button type="button" class="button button-secondary button-small" onClick=${() => {
            setEditing(false);
            setText(draft.text);
          }}>${t('common.cancel')}</button>
        </div>`
          : html`
        <p class="draft-text">${draft.text}</p>
        <${Evidence} evidence=${draft.evidence} findings=${findings} doc=${doc} />
        <div class="row-actions">
          <button type="button" class="button button-primary button-small" data-testid="draft-accept" onClick=${() => accept()}>${t('findings.accept')}</button>
          <button type="button" class="button button-secondary button-small" data-testid="draft-edit" onClick=${() => setEditing(true)}>${t('findings.editThenAccept')}</button>
          <button type="button" class="button button-danger-quiet button-small" data-testid="draft-reject" onClick=${reject}>${t('findings.reject')}</button>
        </div>`
      }
    </li>`;
}

function Stored({ item, findings, doc, actions }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text || '');
  const fieldId = `assessment-text-${item.id}`;
  const save = async () => {
    const ok = await actions.updateCurrent(
      (doc) => {
        saveAssessment(doc, { id: item.id, text: text.trim() });
      },
      { label: { key: 'findings.undo.edit' } }
    );
    if (ok) setEditing(false);
  };
  const remove = () =>
    actions.updateCurrent(
      (doc) => {
        deleteAssessment(doc, item.id);
      },
      { label: { key: 'findings.undo.delete' } }
    );
  return html`
    <li class="assessment" data-testid="assessment" data-id=${item.id} data-kind=${item.kind}>
      <${KindLabel} kind=${item.kind} />
      ${
        editing
          ? html`
        <div class="field">
          <label for=${fieldId}>${t('findings.textLabel')}</label>
          <textarea id=${fieldId} rows="3" data-testid="assessment-text" value=${text} onInput=${(e) => setText(e.currentTarget.value)}></textarea>
        </div>
        <div class="row-actions">
          <button type="button" class="button button-primary button-small" data-testid="assessment-save" disabled=${!text.trim()} onClick=${save}>${t('edit.saveChanges')}</button>
          <button type="button" class="button button-secondary button-small" onClick=${() => {
            setEditing(false);
            setText(item.text || '');
          }}>${t('common.cancel')}</button>
        </div>`
          : html`
        <p class="draft-text">${item.text}</p>
        ${item.draftId ? html`<p class="muted small">${t('findings.fromDraft')}</p>` : null}
        <${Evidence} evidence=${item.evidence} findings=${findings} doc=${doc} />
        <div class="row-actions">
          <button type="button" class="button button-secondary button-small" data-testid="assessment-edit" onClick=${() => setEditing(true)}
            aria-label=${t('findings.editNamed', { text: (item.text || '').slice(0, 40) })}>${t('edit.edit')}</button>
          <button type="button" class="button button-danger-quiet button-small" data-testid="assessment-delete" onClick=${remove}
            aria-label=${t('findings.deleteNamed', { text: (item.text || '').slice(0, 40) })}>${t('edit.delete')}</button>
        </div>`
      }
    </li>`;
}

function AddOwn({ actions }) {
  const [kind, setKind] = useState('strength');
  const [text, setText] = useState('');
  const add = async (e) => {
    e.preventDefault();
    if (!text.trim()) return;
    const ok = await actions.updateCurrent(
      (doc) => {
        saveAssessment(doc, { kind, text: text.trim(), evidence: [] });
      },
      { label: { key: 'findings.undo.add' } }
    );
    if (ok) setText('');
  };
  return html`
    <form class="add-own" onSubmit=${add} data-testid="assessment-add-form">
      <h3>${t('findings.addOwnTitle')}</h3>
      <div class="field">
        <label for="own-kind">${t('findings.kindLabel')}</label>
        <select id="own-kind" data-testid="own-kind" value=${kind} onChange=${(e) => setKind(e.currentTarget.value)}>
          <option value="strength">${t('findings.kind.strength')}</option>
          <option value="weakness">${t('findings.kind.weakness')}</option>
        </select>
      </div>
      <div class="field">
        <label for="own-text">${t('findings.textLabel')}</label>
        <textarea id="own-text" rows="3" data-testid="own-text" value=${text} onInput=${(e) => setText(e.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button button-secondary" data-testid="own-add" disabled=${!text.trim()}>${t('findings.addOwn')}</button>
    </form>`;
}

export function Assessments({ doc, result, actions }) {
  const drafts = openDrafts(doc, result.assessmentDrafts);
  const rejected = rejectedDrafts(doc).length;
  const stored = assessmentsOf(doc, ['strength', 'weakness']);
  const findings = result.findings;
  return html`
    <section class="section" aria-labelledby="assess-title" data-testid="assessments">
      <h2 id="assess-title">${t('findings.assessTitle')}</h2>
      <p class="muted">${t('findings.assessIntro')}</p>
      <div class="assess-grid">
        <div>
          <h3>${t('findings.draftsTitle', { count: drafts.length })}</h3>
          ${
            drafts.length
              ? html`<ul class="card-list" data-testid="draft-list">
            ${drafts.map((d) => html`<${Draft} key=${d.id} draft=${d} findings=${findings} doc=${doc} actions=${actions} />`)}
          </ul>`
              : html`<p class="muted" data-testid="drafts-empty">${t('findings.draftsEmpty')}</p>`
          }
          ${
            rejected
              ? html`<p><button type="button" class="button-link" data-testid="drafts-restore"
            onClick=${() =>
              actions.updateCurrent(
                (d) => {
                  restoreDrafts(d);
                },
                { label: { key: 'findings.undo.restore' } }
              )}>${t('findings.restoreDrafts', { count: rejected })}</button></p>`
              : null
          }
        </div>
        <div>
          <h3>${t('findings.storedTitle', { count: stored.length })}</h3>
          ${
            stored.length
              ? html`<ul class="card-list" data-testid="assessment-list">
            ${stored.map((a) => html`<${Stored} key=${a.id} item=${a} findings=${findings} doc=${doc} actions=${actions} />`)}
          </ul>`
              : html`<p class="muted">${t('findings.storedEmpty')}</p>`
          }
          <${AddOwn} actions=${actions} />
        </div>
      </div>
    </section>`;
}

export { KindLabel };

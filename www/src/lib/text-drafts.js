// Text typed into an autosaving field (Prosess notes, the facts of the privacy texts), as a draft that can be put
// into a project document later: the field's place (`kind` and its keys) and the text. Kept in localStorage at
// every keystroke (state/typing-actions.js), so text typed just before a reload, a crash or a closed tab is put
// back when the project opens again.
import { setPhaseItem, setPhaseNote } from './findings.js';

/** The stable key of a draft's field: "phase-item-note:1:mandate", "phase-note:2", "privacy:contact". */
export function draftKey(draft) {
  if (draft.kind === 'phase-item-note') return `${draft.kind}:${draft.phase}:${draft.item}`;
  if (draft.kind === 'privacy') return `${draft.kind}:${draft.field}`;
  return `${draft.kind}:${draft.phase}`;
}

/** Put a draft's text into `doc`. Unknown kinds (from a newer version) are left alone. */
export function applyDraft(doc, draft) {
  if (!draft || typeof draft.value !== 'string') return;
  if (draft.kind === 'phase-item-note') setPhaseItem(doc, draft.phase, draft.item, { note: draft.value });
  else if (draft.kind === 'phase-note') setPhaseNote(doc, draft.phase, draft.value);
  else if (draft.kind === 'privacy') setPrivacyField(doc, draft.field, draft.value);
}

/** settings.privacy.<field> set to the text (trimmed; empty removes it, and an empty privacy object goes too). */
export function setPrivacyField(doc, field, value) {
  if (!['controller', 'contact', 'answersKeptUntil'].includes(field)) return;
  const settings = doc.settings && typeof doc.settings === 'object' ? doc.settings : {};
  const privacy = settings.privacy && typeof settings.privacy === 'object' ? { ...settings.privacy } : {};
  const text = String(value).trim();
  if (text) privacy[field] = text;
  else delete privacy[field];
  if (Object.keys(privacy).length) settings.privacy = privacy;
  else delete settings.privacy;
  doc.settings = settings;
}

/** The undo label of a draft's field. */
export function draftLabel(draft) {
  if (draft.kind === 'privacy') return { key: 'privacyTab.undoField', params: { field: draft.label || draft.field } };
  if (draft.kind === 'phase-item-note')
    return { key: 'process.undo.note', params: { item: draft.label || draft.item } };
  return { key: 'process.undo.phaseNote', params: { number: draft.phase } };
}

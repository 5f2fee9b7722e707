// Relasjoner › survey waves: add, edit (label and date) and delete (with its answers).
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { Modal, FormActions } from '../ui/modal.js';
import { TextField, FormIssues } from '../ui/fields.js';
import { saveItem, fieldErrors, ConfirmDialog } from '../ui/editor.js';
import { newItemId } from '../lib/entity-ids.js';
import { upsert, cleanText } from '../lib/org.js';
import { waveUsage, deleteWave, isIsoDate } from '../lib/ties.js';

export function WaveForm({ doc, wave, actions, onClose, onSaved }) {
  const isNew = !wave;
  const [form, setForm] = useState(() => ({
    id: wave ? wave.id : newItemId(doc, 'waves'),
    label: wave ? wave.label || '' : '',
    date: wave ? wave.date || '' : ''
  }));
  const [issues, setIssues] = useState({ fields: {}, other: [] });
  const [own, setOwn] = useState({});
  const [busy, setBusy] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (e) => {
    e.preventDefault();
    const mine = {};
    if (!cleanText(form.label)) mine.label = t('ties.waveLabelRequired');
    if (form.date && !isIsoDate(form.date)) mine.date = t('ties.waveDateInvalid');
    setOwn(mine);
    if (Object.keys(mine).length) return;
    setBusy(true);
    const label = cleanText(form.label);
    const r = await saveItem(actions, {
      list: 'waves',
      apply: (d) => {
        const next = { ...(wave || {}), id: form.id, label };
        if (form.date) next.date = form.date;
        else delete next.date;
        return upsert(d, 'waves', next);
      },
      label: { key: isNew ? 'history.addWave' : 'history.editWave', params: { name: label } }
    });
    setBusy(false);
    if (r.ok) {
      onClose();
      if (onSaved) onSaved(form.id);
    } else setIssues(r);
  };
  return html`
    <${Modal} title=${isNew ? t('ties.newWave') : t('ties.editWaveTitle', { name: wave.label || wave.id })} onClose=${onClose} testid="wave-dialog">
      <form onSubmit=${submit} novalidate class="edit-form">
        <${FormIssues} errors=${issues.other} />
        <${TextField} id="wave-label" label=${t('ties.waveLabel')} hint=${t('ties.waveLabelHint')} value=${form.label} onInput=${set('label')}
          required autofocus testid="wave-label" errors=${fieldErrors(issues.fields, 'label', own.label)} />
        <${TextField} id="wave-date" type="date" label=${t('ties.waveDate')} hint=${t('ties.waveDateHint')} value=${form.date} onInput=${set('date')}
          testid="wave-date" width="narrow" errors=${fieldErrors(issues.fields, 'date', own.date)} />
        <${FormActions} onCancel=${onClose} busy=${busy} submitLabel=${isNew ? t('ties.addWave') : t('edit.saveChanges')} />
      </form>
    <//>`;
}

export function DeleteWave({ doc, wave, actions, onClose, onDeleted }) {
  const usage = waveUsage(doc, wave.id);
  const name = wave.label || wave.id;
  const confirm = async () => {
    const r = await actions.editCurrent((d) => { deleteWave(d, wave.id); }, { label: { key: 'history.deleteWave', params: { name } } });
    if (r.ok) {
      onClose();
      if (onDeleted) onDeleted();
      actions.flash('edit.deleted', { name });
    }
  };
  return html`
    <${ConfirmDialog} title=${t('edit.deleteTitle', { name })} confirmLabel=${t('ties.deleteWave')} onConfirm=${confirm} onClose=${onClose} testid="delete-wave-dialog">
      <p>${t('ties.deleteWaveBody', { ties: usage.ties, respondents: usage.respondents })}</p>
      <p class="muted">${t('edit.undoHint')}</p>
    <//>`;
}

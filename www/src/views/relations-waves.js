// Kontakter › survey rounds: add, edit (label and date) and delete (with its answers).
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { Modal, FormActions } from '../ui/modal.js';
import { TextField, FormIssues } from '../ui/fields.js';
import { useItemForm, fieldErrors, ConfirmDialog } from '../ui/editor.js';
import { newItemId } from '../lib/entity-ids.js';
import { waveDeleteBody } from '../ui/count-texts.js';
import { upsert, cleanText } from '../lib/org.js';
import { waveUsage, deleteWave, isIsoDate } from '../lib/ties.js';

export function WaveForm({ doc, wave, actions, onClose, onSaved }) {
  const isNew = !wave;
  const { form, set, issues, own, busy, submit } = useItemForm(actions, {
    initial: () => ({
      id: wave ? wave.id : newItemId(doc, 'waves'),
      label: wave ? wave.label || '' : '',
      date: wave ? wave.date || '' : ''
    }),
    check: (f) => {
      const mine = {};
      if (!cleanText(f.label)) mine.label = t('ties.waveLabelRequired');
      if (f.date && !isIsoDate(f.date)) mine.date = t('ties.waveDateInvalid');
      return mine;
    },
    save: (f) => {
      const label = cleanText(f.label);
      return {
        list: 'waves',
        apply: (d) => {
          const next = { ...(wave || {}), id: f.id, label };
          if (f.date) next.date = f.date;
          else delete next.date;
          return upsert(d, 'waves', next);
        },
        label: { key: isNew ? 'history.addWave' : 'history.editWave', params: { name: label } }
      };
    },
    onSaved: (f) => {
      onClose();
      if (onSaved) onSaved(f.id);
    }
  });
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
    if (usage.ties || usage.respondents) await actions.takeSnapshot('bulk');
    const r = await actions.editCurrent(
      (d) => {
        deleteWave(d, wave.id);
      },
      { label: { key: 'history.deleteWave', params: { name } } }
    );
    if (r.ok) {
      onClose();
      if (onDeleted) onDeleted();
      actions.flash('edit.deleted', { name });
    }
  };
  return html`
    <${ConfirmDialog} title=${t('edit.deleteTitle', { name })} confirmLabel=${t('ties.deleteWave')} onConfirm=${confirm} onClose=${onClose} testid="delete-wave-dialog">
      <p>${waveDeleteBody(usage)}</p>
      <p class="muted">${t('edit.undoHint')}</p>
    <//>`;
}

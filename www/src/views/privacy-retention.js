// Deleting the survey answers after the retention date: the state of it in Kontakter › Personvern (the date, what
// has been deleted, and when the date has passed the offer to delete, confirmed in plain words), the calm notice
// on Oversikt that the date has passed, and the note a round whose answers were deleted carries in Analyse,
// Nettverk, Kontakter and the report. What there is to delete, and the figures kept, come from the core
// (state/retention-actions.js).
import { html } from '../ui/html.js';
import { useEffect, useState } from 'preact/hooks';
import { t, formatDate, formatNumber } from '../i18n.js';
import { ConfirmDialog } from '../ui/editor.js';
import { ErrorItems } from '../ui/error-list.js';
import { requestTab } from '../lib/tab-request.js';

/** The core's view of the retention date for the open project (null until it has answered). */
export function useRetention(actions, doc) {
  const [status, setStatus] = useState(null);
  useEffect(() => {
    let live = true;
    actions.retentionStatus().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, [doc]);
  return status;
}

const due = (status) => !!status && status.due && status.waves.some((w) => w.hasAnswers);

function RetireDialog({ waves, actions, onClose }) {
  const [chosen, setChosen] = useState(() => new Set(waves.map((w) => w.id)));
  const [errors, setErrors] = useState([]);
  const [busy, setBusy] = useState(false);
  const toggle = (id, on) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const confirm = async () => {
    setBusy(true);
    const r = await actions.retireAnswers(waves.filter((w) => chosen.has(w.id)).map((w) => w.id));
    setBusy(false);
    if (r.ok) onClose();
    else setErrors(r.errors || []);
  };
  const snapshot = typeof actions.takeSnapshot === 'function';
  return html`
    <${ConfirmDialog} title=${t('retention.confirmTitle')} confirmLabel=${t('retention.confirm')} onConfirm=${confirm}
      onClose=${onClose} testid="retire-dialog" confirmDisabled=${busy || chosen.size === 0}>
      <div class="table-wrap">
        <table class="data-table" data-testid="retire-waves">
          <caption class="table-caption">${t('retention.chooseLegend')}</caption>
          <thead><tr>
            <th scope="col"><span class="visually-hidden">${t('retention.confirm')}</span></th>
            <th scope="col">${t('retention.colWave')}</th><th scope="col" class="num">${t('retention.colTies')}</th>
            <th scope="col" class="num">${t('retention.colTasks')}</th><th scope="col" class="num">${t('retention.colRespondents')}</th>
          </tr></thead>
          <tbody>${waves.map(
            (w) => html`<tr key=${w.id} data-testid="retire-wave" data-id=${w.id}>
              <td><input type="checkbox" id=${`retire-${w.id}`} checked=${chosen.has(w.id)} data-testid="retire-wave-check"
                aria-label=${t('retention.choose', { wave: w.label })} onChange=${(e) => toggle(w.id, e.currentTarget.checked)} /></td>
              <th scope="row">${w.label}</th><td class="num">${formatNumber(w.ties)}</td>
              <td class="num">${formatNumber(w.reportedTasks)}</td><td class="num">${formatNumber(w.respondents)}</td>
            </tr>`
          )}</tbody>
        </table>
      </div>
      ${chosen.size === 0 ? html`<p class="field-error">${t('retention.chooseOne')}</p>` : null}
      <h3 class="h4">${t('retention.goesTitle')}</h3>
      <ul>
        <li>${t('retention.goesTies')}</li>
        <li>${t('retention.goesTasks')}</li>
        <li>${t('retention.goesRespondents')}</li>
      </ul>
      <h3 class="h4">${t('retention.staysTitle')}</h3>
      <p>${t('retention.stays')}</p>
      <p class="muted">${t(snapshot ? 'retention.snapshot' : 'retention.undoOnly')}</p>
      ${errors.length ? html`<${ErrorItems} errors=${errors} />` : null}
    <//>`;
}

/** Kontakter › Personvern: the retention date, what was deleted, and (after the date) the offer to delete. */
export function RetentionSection({ doc, actions }) {
  const status = useRetention(actions, doc);
  const [open, setOpen] = useState(false);
  if (!status) return null;
  const withAnswers = status.waves.filter((w) => w.hasAnswers);
  const retired = status.waves.filter((w) => w.retired);
  const date = status.keptUntil ? formatDate(status.keptUntil) : '';
  let line;
  if (!status.keptUntil) line = t('retention.notSet');
  else if (!status.due) line = t('retention.keptUntil', { date });
  else if (withAnswers.length) line = t('retention.due', { date });
  else line = t('retention.nothingLeft');
  return html`
    <section class=${`section-tight retention${due(status) ? ' retention-due' : ''}`} aria-labelledby="retention-title"
      data-testid="retention" data-due=${due(status) ? 'true' : 'false'}>
      <h2 id="retention-title" class="h3">${t('retention.title')}</h2>
      <p data-testid="retention-line">${line}</p>
      ${
        retired.length
          ? html`<ul class="plain-list" data-testid="retired-waves">${retired.map(
              (w) =>
                html`<li key=${w.id}>${t('retention.retiredLine', { wave: w.label, date: formatDate(w.retired.retiredAt) })}</li>`
            )}</ul>`
          : null
      }
      ${
        due(status)
          ? html`<p><button type="button" class="button button-danger" data-testid="retire-open" onClick=${() => setOpen(true)}>
              ${t('retention.deleteButton')}</button></p>`
          : null
      }
      ${open ? html`<${RetireDialog} waves=${withAnswers} actions=${actions} onClose=${() => setOpen(false)} />` : null}
    </section>`;
}

/** Oversikt: a quiet line, only once the date has passed and answers remain, that leads to the deletion. */
export function RetentionNotice({ doc, actions }) {
  const status = useRetention(actions, doc);
  if (!due(status)) return null;
  const go = () => {
    requestTab('relations', 'privacy');
    actions.navigate('relations');
  };
  return html`<div class="retention-notice" role="note" data-testid="retention-notice">
    <p>${t('retention.notice', { date: formatDate(status.keptUntil) })}
      ${' '}<button type="button" class="button-link" data-testid="retention-notice-go" onClick=${go}>
        ${t('retention.noticeAction')}</button></p>
  </div>`;
}

/** The note a round whose answers were deleted carries where its network would be. `kind`: note, mapNote. */
export function RetiredNote({ retired, wave, kind = 'note' }) {
  if (!retired) return null;
  return html`<div class="caveats retired-note" role="note" data-testid="retired-note">
    <p>${t(`retired.${kind}`, { wave, date: formatDate(retired.retiredAt) })}</p>
  </div>`;
}

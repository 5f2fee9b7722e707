// The privacy statement, in plain words: where data is, that nothing leaves, how to
// share and how to delete.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';

const PARTS = ['where', 'send', 'share', 'delete'];

export function PrivacyStatement() {
  return html`
    <section class="section privacy" aria-labelledby="privacy-title" data-testid="privacy">
      <h2 id="privacy-title">${t('privacy.title')}</h2>
      ${PARTS.map(
        (part) => html`
        <div key=${part} class="privacy-part">
          <h3>${t(`privacy.${part}Title`)}</h3>
          <p>${t(`privacy.${part}`)}</p>
        </div>`
      )}
      <p>${t('privacy.controller')}</p>
    </section>`;
}

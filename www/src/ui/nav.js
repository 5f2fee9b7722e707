// Main navigation: a list of links, one per view in the registry, so later views
// (map, findings, phases …) slot in by adding a registry entry.
import { html } from './html.js';
import { t } from '../i18n.js';

export function Nav({ views, active, onNavigate }) {
  return html`
    <nav class="app-nav" aria-label=${t('nav.label')}>
      <ul class="nav-list">
        ${views.map(
          (view) => html`
          <li key=${view.id}>
            <a
              href=${`#/${view.id}`}
              class="nav-link"
              data-testid=${`nav-${view.id}`}
              aria-current=${view.id === active ? 'page' : undefined}
              onClick=${(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onNavigate(view.id, { focus: true });
              }}
            >${t(view.labelKey)}</a>
          </li>`
        )}
      </ul>
    </nav>`;
}

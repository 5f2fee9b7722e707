// Survey form, question 2: which functions the respondent performs, is responsible for or
// contributes to, and for which target groups. One row per function; groups appear once a
// role is chosen, so the page stays short for people with few tasks.
import { html } from '../src/ui/html.js';
import { ROLES } from './model.js';
import { domId } from './people.js';

export function TaskList({ payload, answer, onTask, t }) {
  return html`
    <ul class="plain task-list" data-testid="tasks">
      ${payload.functions.map((f) => {
        const task = answer.tasks[f.id] || null;
        const roleId = domId('role', f.id);
        return html`
          <li class=${task ? 'task-row is-active' : 'task-row'} key=${f.id} data-testid="task" data-id=${f.id}>
            <div class="task-head">
              <label for=${roleId} class="task-name">${f.name}</label>
              <select id=${roleId} class="input select" data-testid="task-role" aria-label=${t('tasks.role', { name: f.name })}
                onChange=${(e) => {
                  const role = e.currentTarget.value;
                  onTask(f.id, role ? { role, groups: task ? task.groups : [] } : null);
                }}>
                <option value="" selected=${!task}>${t('role.none')}</option>
                ${ROLES.map((r) => html`<option key=${r} value=${r} selected=${task && task.role === r}>${t(`role.${r}`)}</option>`)}
              </select>
            </div>
            ${
              task && payload.targetGroups.length
                ? html`
              <fieldset class="choices">
                <legend class="small">${t('tasks.groups', { name: f.name })}</legend>
                <div class="choice-row">
                  ${payload.targetGroups.map(
                    (g) => html`
                    <label class="pill" key=${g.id}>
                      <input type="checkbox" value=${g.id} checked=${task.groups.includes(g.id)} data-testid="task-group"
                        onChange=${(e) =>
                          onTask(f.id, {
                            role: task.role,
                            groups: e.currentTarget.checked
                              ? [...task.groups, g.id]
                              : task.groups.filter((x) => x !== g.id)
                          })} />
                      <span>${g.name}</span>
                    </label>`
                  )}
                </div>
              </fieldset>`
                : null
            }
          </li>`;
      })}
    </ul>`;
}

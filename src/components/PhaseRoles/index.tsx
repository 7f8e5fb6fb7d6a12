import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {PHASE_ROLE_NOTES} from '@site/src/data/collaboration';
import {PHASES, type PhaseId} from '@site/src/data/phases';
import {
  INVOLVEMENT_LABELS,
  INVOLVEMENT_ORDER,
  STAKEHOLDER_ORDER,
  STAKEHOLDERS,
} from '@site/src/data/stakeholders';

/** Who takes part in one phase, in which role, and what the phase asks of them. */
export default function PhaseRoles({phase}: {phase: PhaseId}): ReactNode {
  const rows = [...STAKEHOLDER_ORDER].sort(
    (a, b) =>
      INVOLVEMENT_ORDER.indexOf(STAKEHOLDERS[a].phases[phase].involvement) -
      INVOLVEMENT_ORDER.indexOf(STAKEHOLDERS[b].phases[phase].involvement),
  );
  return (
    <>
      <table className="site-table">
        <caption>
          {translate(
            {
              id: 'phaseRoles.caption',
              message: 'Các bên liên quan trong giai đoạn {phase}',
              description: 'Caption of the table of who takes part in one phase',
            },
            {phase: PHASES[phase].title},
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="phaseRoles.header.group" description="Column header: the group">
                Bên liên quan
              </Translate>
            </th>
            <th scope="col">
              <Translate id="phaseRoles.header.role" description="Column header: the role">
                Vai trò
              </Translate>
            </th>
            <th scope="col">
              <Translate
                id="phaseRoles.header.ask"
                description="Column header: what the phase asks of the group"
              >
                Việc cần làm trong giai đoạn này
              </Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((id) => {
            const {involvement, ask} = STAKEHOLDERS[id].phases[phase];
            return (
              <tr key={id}>
                <th scope="row">{STAKEHOLDERS[id].name}</th>
                <td>{INVOLVEMENT_LABELS[involvement]}</td>
                <td>{ask}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{PHASE_ROLE_NOTES[phase]}</p>
    </>
  );
}

import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {stakeholdersByInvolvement, type PhaseId} from '@site/src/data/process';
import {
  INVOLVEMENT_LABELS,
  PHASE_ROLE_NOTES,
  PHASE_TEXT,
  STAKEHOLDER_TEXT,
} from '@site/src/data/processText';

/** Who takes part in one phase, in which role, and what the phase asks of them. */
export default function PhaseStakeholdersTable({phase}: {phase: PhaseId}): ReactNode {
  const rows = stakeholdersByInvolvement(phase);
  return (
    <>
      <table className="site-table site-stacked-table">
        <caption>
          {translate(
            {
              id: 'phaseRoles.caption',
              message: 'Các bên liên quan trong giai đoạn {phase}',
              description: 'Caption of the table of who takes part in one phase',
            },
            {phase: PHASE_TEXT[phase].title},
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
          {rows.map(({id, involvement}) => (
            <tr key={id}>
              <th scope="row">{STAKEHOLDER_TEXT[id].name}</th>
              <td
                data-label={translate({
                  id: 'phaseRoles.header.role',
                  message: 'Vai trò',
                  description: 'Column header: the role',
                })}
              >
                {INVOLVEMENT_LABELS[involvement[phase]]}
              </td>
              <td
                data-label={translate({
                  id: 'phaseRoles.header.ask',
                  message: 'Việc cần làm trong giai đoạn này',
                  description: 'Column header: what the phase asks of the group',
                })}
              >
                {STAKEHOLDER_TEXT[id].asks[phase]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{PHASE_ROLE_NOTES[phase]}</p>
    </>
  );
}

import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {PHASE_ROLE_NOTES} from '@site/src/data/collaboration';
import {PHASE_ORDER} from '@site/src/data/phases';
import {
  INVOLVEMENT_LABELS,
  INVOLVEMENT_ORDER,
  STAKEHOLDER_ORDER,
  STAKEHOLDERS,
} from '@site/src/data/stakeholders';

/** For each phase, which groups lead, take part, are consulted or are kept informed. */
export default function PhaseRolesTable(): ReactNode {
  return (
    <table className="site-table">
      <caption>
        <Translate id="phaseRolesTable.caption" description="Caption of the roles-by-phase table">
          Vai trò của các bên liên quan trong từng giai đoạn
        </Translate>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="phaseRolesTable.header.phase" description="Column header: the phase">
              Giai đoạn
            </Translate>
          </th>
          {INVOLVEMENT_ORDER.map((involvement) => (
            <th key={involvement} scope="col">
              {INVOLVEMENT_LABELS[involvement]}
            </th>
          ))}
          <th scope="col">
            <Translate id="phaseRolesTable.header.note" description="Column header: notes">
              Ghi chú
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {PHASE_ORDER.map((phase) => (
          <tr key={phase.id}>
            <th scope="row">
              <Link to={phase.path}>{`${phase.number}. ${phase.title}`}</Link>
            </th>
            {INVOLVEMENT_ORDER.map((involvement) => (
              <td key={involvement}>
                {STAKEHOLDER_ORDER.filter(
                  (id) => STAKEHOLDERS[id].phases[phase.id].involvement === involvement,
                )
                  .map((id) => STAKEHOLDERS[id].name)
                  .join(', ')}
              </td>
            ))}
            <td>{PHASE_ROLE_NOTES[phase.id]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

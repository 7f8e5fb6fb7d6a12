import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {
  ObligationCitation,
  ObligationDeadline,
  ObligationDeliverable,
  obligationRoles,
} from '@site/src/components/compliance/ComplianceMap/ObligationParts';
import {COMPLIANCE_MAP_PATH, obligationsMetIn} from '@site/src/data/compliance';
import {OBLIGATION_WORDING} from '@site/src/data/complianceText';
import type {PhaseId} from '@site/src/data/process';

/** The legal obligations that one phase's deliverables meet, drawn from the compliance map's data. */
export default function PhaseObligationsList({phase}: {phase: PhaseId}): ReactNode {
  return (
    <>
      <ul>
        {obligationsMetIn(phase).map((id) => (
          <li key={id} data-obligation={id}>
            <Translate
              id="phaseObligations.item"
              description="One obligation on a phase page: title, provision, roles, dates, deliverable"
              values={{
                title: <strong>{OBLIGATION_WORDING[id].title}</strong>,
                citation: <ObligationCitation id={id} />,
                roles: obligationRoles(id),
                deadline: <ObligationDeadline id={id} />,
                deliverable: <ObligationDeliverable id={id} />,
              }}
            >
              {'{title} ({citation}). {roles}. {deadline} Đáp ứng bởi: {deliverable}.'}
            </Translate>
          </li>
        ))}
      </ul>
      <p>
        <Link to={COMPLIANCE_MAP_PATH}>
          <Translate
            id="phaseObligations.mapLink"
            description="Link from a phase page to the full compliance map"
          >
            Xem toàn bộ bản đồ tuân thủ theo vai trò và giai đoạn
          </Translate>
        </Link>
      </p>
    </>
  );
}

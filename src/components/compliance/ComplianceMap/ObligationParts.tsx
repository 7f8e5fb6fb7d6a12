import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  AI_LAW_TRANSITION,
  DELIVERABLES,
  LEGAL_TEXTS,
  OBLIGATIONS,
  type ObligationId,
} from '@site/src/data/compliance';
import {DELIVERABLE_NAMES, LEGAL_ROLE_NAMES, LEGAL_TEXT_NAMES} from '@site/src/data/complianceText';
import {phaseById, phasePosition} from '@site/src/data/process';
import {PHASE_TEXT} from '@site/src/data/processText';
import {formatDay} from '@site/src/utils/formatDay';

/**
 * The pieces of one obligation that both the compliance map and a phase page's list show,
 * so the two never word them differently.
 */

/** The page's language for dates, e.g. "vi" or "en". */
export function usePageLanguage(): string {
  const {
    i18n: {currentLocale, localeConfigs},
  } = useDocusaurusContext();
  return localeConfigs[currentLocale]?.htmlLang ?? currentLocale;
}

/** "Luật Trí tuệ nhân tạo số 134/2025/QH15, Điều 10 khoản 1", linked to the text itself. */
export function ObligationCitation({id}: {id: ObligationId}): ReactNode {
  const {provision} = OBLIGATIONS[id];
  const {number, url} = LEGAL_TEXTS[provision.text];
  // English writes Đ as D in document numbers (356/2025/ND-CP), as official translations do.
  const shownNumber = usePageLanguage() === 'vi' ? number : number.replace('Đ', 'D');
  const values = {
    text: LEGAL_TEXT_NAMES[provision.text],
    number: shownNumber,
    article: provision.article,
  };
  const label =
    'clause' in provision
      ? translate(
          {
            id: 'compliance.citation.clause',
            message: '{text} số {number}, Điều {article} khoản {clause}',
            description: 'A legal provision: law name, number, article and clause',
          },
          {...values, clause: provision.clause},
        )
      : translate(
          {
            id: 'compliance.citation.article',
            message: '{text} số {number}, Điều {article}',
            description: 'A legal provision: law name, number and article',
          },
          values,
        );
  return <Link href={url}>{label}</Link>;
}

/** The roles that bear the obligation, in the law's words. */
export function obligationRoles(id: ObligationId): string {
  return OBLIGATIONS[id].roles.map((role) => LEGAL_ROLE_NAMES[role]).join(', ');
}

/** From when the obligation binds, and for a system already in operation, by when. */
export function ObligationDeadline({id}: {id: ObligationId}): ReactNode {
  const language = usePageLanguage();
  const obligation = OBLIGATIONS[id];
  const day = (date: string) => <time dateTime={date}>{formatDay(date, language)}</time>;
  return (
    <>
      <Translate
        id="compliance.deadline.from"
        description="When an obligation starts to apply"
        values={{date: day(obligation.appliesFrom)}}
      >
        {'Áp dụng từ {date}.'}
      </Translate>
      {'existingSystemsTransition' in obligation && (
        <>
          {' '}
          <Translate
            id="compliance.deadline.transition"
            description="Transition deadlines for AI systems already in operation when the AI law took effect"
            values={{
              otherSectors: day(AI_LAW_TRANSITION.otherSectors),
              healthEducationFinance: day(AI_LAW_TRANSITION.healthEducationFinance),
            }}
          >
            {
              'Hệ thống đã vận hành trước ngày đó: chậm nhất {otherSectors}; trong y tế, giáo dục, tài chính: {healthEducationFinance}.'
            }
          </Translate>
        </>
      )}
    </>
  );
}

/** The deliverable that meets the obligation, linked to where its phase page describes it. */
export function ObligationDeliverable({id}: {id: ObligationId}): ReactNode {
  const deliverable = DELIVERABLES[OBLIGATIONS[id].deliverable];
  const phase = phaseById(deliverable.phase);
  return (
    <>
      <Link to={`${phase.path}#${deliverable.anchor}`}>
        {DELIVERABLE_NAMES[OBLIGATIONS[id].deliverable]}
      </Link>{' '}
      <span>
        {translate(
          {
            id: 'compliance.deliverable.phase',
            message: '(giai đoạn {number}. {phase})',
            description: 'After a deliverable: the phase that produces it',
          },
          {number: phasePosition(phase.id), phase: PHASE_TEXT[phase.id].title},
        )}
      </span>
    </>
  );
}

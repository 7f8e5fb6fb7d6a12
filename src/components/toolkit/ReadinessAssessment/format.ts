import {translate} from '@docusaurus/Translate';
import type {MaturityLevel} from '@site/src/data/assessment';
import {LEVEL_TEXT} from '@site/src/data/assessmentText';

/** A score to one decimal, as the reader's language writes it (2,5 in Vietnamese). */
const notAnswered = (): string =>
  translate({id: 'readinessAssessment.score.none', message: 'Chưa trả lời'});

export function formatScore(score: number | null, locale: string): string {
  if (score === null) return notAnswered();
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN', {
    maximumFractionDigits: 1,
  }).format(score);
}

export function levelWords(level: MaturityLevel | null): string {
  if (level === null) return notAnswered();
  return translate(
    {id: 'readinessAssessment.level.short', message: 'Mức {level} – {name}'},
    {level, name: LEVEL_TEXT[level].name},
  );
}

import {READINESS_ASSESSMENT_TEXT} from '@site/src/data/readinessAssessmentInterfaceText';
import type {ImportProblem} from '@site/src/utils/assessmentExchange';

/** Why a file or a share link could not be read, in the reader's language. */
export function importMessage(problem: ImportProblem): string {
  return READINESS_ASSESSMENT_TEXT.importProblem[problem];
}

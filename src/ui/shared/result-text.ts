/** A result in words, as the grids, the Commission's page and its protocol write it. */
import { resultText } from '../../i18n';

export { finalStageText, finalText } from '../../documents/phrases';

/** "3,50" for a 0–5 score, "104" for points, "4,3" for a points year (as the forms and protocols write them). */
export const valueText = (v: number | null | undefined, decimals: number): string => resultText('ru', v, decimals);

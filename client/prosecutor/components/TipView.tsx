// The tip (message 0) of a case as the prosecutor reads it, whichever version of the form sent it:
// the card is tip-summary/TipCard.tsx (summary, every answer, links as text, Copy as text).
export { TipCard as TipView, type TipCardProps as TipViewProps } from './tip-summary/TipCard';

// The screens after the landing page, in a chunk of their own: the questionnaire, the species
// table, the form checks and the case pages are not needed to show the landing page, so they load
// after it (services/load-services.ts loadFlows), in the background once it is on screen.
export { ReportFlow, type ReportFlowProps } from './ReportFlow';
export { ReturnFlow, type ReturnFlowProps } from './ReturnFlow';

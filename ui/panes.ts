import { renderGallery } from './gallery';
import { Host, UiSettings } from './host';
import { renderSalesPlanWizard } from './salesPlan/salesPlanWizard';
import { renderLeadScoringWizard } from './leadScoring/leadScoringWizard';
import { renderBudgetAllocationWizard } from './budgetAllocation/budgetAllocationWizard';
import { renderFieldPlanWizard } from './fieldPlan/fieldPlanWizard';
import { renderSalesEvaluationWizard } from './salesEvaluation/salesEvaluationWizard';
import { renderIncentivePlanWizard } from './incentivePlan/incentivePlanWizard';
import { renderSalesBudgetWizard } from './salesBudget/salesBudgetWizard';
import { renderGoalsWizard } from './goals/goalsWizard';
import { renderPriceOffersWizard } from './priceOffers/priceOffersWizard';
import { renderScenarios } from './scenarios/scenariosPane';
import { msg } from './i18n';

/** One tab of the pane: its id (saved as the active tab), its label, and what draws it. */
export interface Pane {
  readonly id: string;
  readonly label: string;
  render(root: HTMLElement, host: Host, settings: UiSettings): void;
}

/**
 * The pane's tabs, in order: the function gallery, then one tab per wizard. A new wizard is one
 * entry here (CONTRIBUTING.md: "Add a wizard").
 */
export const PANES: readonly Pane[] = [
  { id: 'functions', label: msg('Functions'), render: renderGallery },
  { id: 'salesPlan', label: msg('Sales plan'), render: renderSalesPlanWizard },
  { id: 'leadScoring', label: msg('Lead scoring'), render: renderLeadScoringWizard },
  { id: 'budget', label: msg('Budget'), render: renderBudgetAllocationWizard },
  { id: 'fieldPlan', label: msg('Field plan'), render: renderFieldPlanWizard },
  { id: 'evaluation', label: msg('Evaluation'), render: renderSalesEvaluationWizard },
  { id: 'incentivePlan', label: msg('Incentives'), render: renderIncentivePlanWizard },
  { id: 'salesBudget', label: msg('Sales budget'), render: renderSalesBudgetWizard },
  { id: 'goals', label: msg('Goals'), render: renderGoalsWizard },
  { id: 'priceOffers', label: msg('Price and offers'), render: renderPriceOffersWizard },
  { id: 'scenarios', label: msg('Scenarios'), render: renderScenarios },
];

/** Ids the pane once saved under another name. */
const RENAMED: Readonly<Record<string, string>> = { targets: 'salesPlan' };

/** The pane to open: the one saved as active (under its current or former id), else the first. */
export function paneToOpen(saved: unknown): Pane {
  const id = typeof saved === 'string' ? (RENAMED[saved] ?? saved) : '';
  return PANES.find((pane) => pane.id === id) ?? PANES[0];
}

/** core/functions/routing: Leads routed to reps by area, score and capacity, as core computes them. Code outside core imports this area through here. */
export * from './routeLeads';
export * from './routingFunctions';

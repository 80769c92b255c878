/** core/functions/forecast: The pipeline forecast and forecast accuracy, as core computes them. Code outside core imports this area through here. */
export * from './forecastAccuracy';
export * from './forecastFunctions';
export * from './pipeForecast';

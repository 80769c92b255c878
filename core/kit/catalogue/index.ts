/** core/kit/catalogue: defineFunction, case tables' type, and invokeFunction. Code outside core imports this area through here. */
export * from './cases';
export * from './invoke';
export * from './types';

/** core/kit/answers: The rules of a wizard's number answers, declared once. Code outside core imports this area through here. */
export * from './answerRule';
export * from './answerField';

export interface TargetInput { text: string }
export function targetSentiments(): void {}

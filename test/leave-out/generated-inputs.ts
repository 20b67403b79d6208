export function generatedLeaveOutInputs() {
  return [];
}

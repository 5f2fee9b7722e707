// Actions for the survey feature (spread into the app's actions by state/app.js).
export function surveyActions(ctx) {
  void ctx;
  return {};
}

// Actions for the netimport feature (spread into the app's actions by state/app.js).
export function netimportActions(ctx) {
  void ctx;
  return {};
}

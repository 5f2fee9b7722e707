// Actions for the sharing feature (spread into the app's actions by state/app.js).
export function sharingActions(ctx) {
  void ctx;
  return {};
}

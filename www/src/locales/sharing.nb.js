// Bokmål texts for the sharing feature (merged into nb.js).
export default {
};

// Bokmål texts for the hardening feature (merged into nb.js).
export default {
};

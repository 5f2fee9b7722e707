// Bokmål texts for the survey feature (merged into nb.js).
export default {
};

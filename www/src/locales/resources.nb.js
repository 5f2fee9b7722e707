// Bokmål texts for the resources feature (merged into nb.js).
export default {
};

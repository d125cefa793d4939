// Placeholder replaced by the reporter-app work (issue 3): photo compression and throttled upload figures.
console.log('bench/photos: not measured yet');

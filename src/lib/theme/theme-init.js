try {
	var t = localStorage.getItem('sailau-theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}

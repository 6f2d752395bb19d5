// Scanner stations: a short beep for an accepted scan, a low buzz for a refused one (the clerk looks at the
// parcel, not the screen), and keeping the scan field focused so a scanner's keystrokes always land in it.
window.erpScanner = {
    beep(ok) {
        try {
            const audio = window.erpScanner.audio ??= new AudioContext();
            const tone = audio.createOscillator();
            const gain = audio.createGain();
            tone.type = ok ? "sine" : "square";
            tone.frequency.value = ok ? 1320 : 180;
            gain.gain.value = 0.15;
            tone.connect(gain).connect(audio.destination);
            tone.start();
            tone.stop(audio.currentTime + (ok ? 0.08 : 0.45));
        } catch { /* no audio device: the red message still shows */ }
    },
    focus(id) {
        document.getElementById(id)?.focus();
    },
};

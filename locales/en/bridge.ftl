# Text-only channels (the console, Zalo): how buttons and keyboards are shown as text.
bridge-type-hint = [type: { $hints }]
bridge-file-saved = 📎 File saved: { $path }

# Text-only channels (the console, Zalo): how buttons and keyboards are shown as text.
bridge-type-hint = [gõ: { $hints }]
bridge-file-saved = 📎 Đã lưu tệp: { $path }

# errno constants and errorcode
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES, errno.EBADF, errno.ENOMEM)
print(errno.EAGAIN, errno.EIO, errno.EPERM, errno.ENODEV, errno.EISDIR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL])
try:
    open("/tmp/minnow_missing_q/x")
except OSError as e:
    print(e.errno == errno.ENOENT)

# nested package
from .deep import DEEP
